namespace Framing.Tests.Support;

/// <summary>Paths in the repository, found from the test assembly's folder.</summary>
internal static class Repo
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Framing.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root (Framing.sln) not found");
    }

    public static string Path_(params string[] parts) => Path.Combine([Root, .. parts]);

    public const string SeedName = "000_9a52daf384e538f5";
    public static string SeedText => File.ReadAllText(Path_("seeds", SeedName + ".txt"));
    public static string SeedLabels => Path_("seeds", SeedName + ".labels.jsonl");

    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);
}
