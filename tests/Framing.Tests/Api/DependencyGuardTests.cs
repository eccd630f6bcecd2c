using System.Text.Json;
using Framing.Tests.Support;

namespace Framing.Tests.Api;

/// <summary>The design card: nothing named Microsoft.CodeAnalysis* in the library's or the CLI's runtime closure.</summary>
public class DependencyGuardTests
{
    [TestCase("src/Framing")]
    [TestCase("src/Framing.Cli")]
    public void NoRoslynInTheRestoredClosure(string project)
    {
        var assets = Repo.Path_(project, "obj", "project.assets.json");
        Assert.That(File.Exists(assets), Is.True, "restore the solution first");
        using var json = JsonDocument.Parse(File.ReadAllText(assets));
        var libraries = json.RootElement.GetProperty("libraries").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.That(libraries, Is.Not.Empty);
        Assert.That(libraries.Where(n => n.StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase)), Is.Empty);
    }

    [Test]
    public void FolderDependenciesPointDownThePipeline()
    {
        // Text → (BCL); Rules → Text; Attribution → Rules, Text; Analysis → all below; Reporting → Analysis.
        var allowed = new Dictionary<string, string[]>
        {
            ["Text"] = [],
            ["Rules"] = ["Text", "Internal"],
            ["Attribution"] = ["Rules", "Text", "Internal"],
        };
        foreach (var (folder, ok) in allowed)
        {
            foreach (var file in Directory.GetFiles(Repo.Path_("src", "Framing", folder), "*.cs", SearchOption.AllDirectories))
            {
                foreach (var line in File.ReadLines(file).Where(l => l.StartsWith("using Framing.", StringComparison.Ordinal)))
                {
                    var ns = line["using Framing.".Length..].TrimEnd(';').Split('.')[0];
                    Assert.That(ok.Contains(ns) || ns == folder, Is.True, $"{file}: {line}");
                }
            }
        }
    }
}
