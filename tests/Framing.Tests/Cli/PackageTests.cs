using System.Diagnostics;
using Framing.Tests.Support;

namespace Framing.Tests.Cli;

/// <summary>
/// The NuGet use: packs the library and the tool into a temporary feed, installs the tool into a temporary
/// tool path and runs it on the seed, and builds a consumer project (tests/consumer, outside the solution)
/// that references the packed library from that feed.
/// </summary>
[NonParallelizable]
public class PackageTests
{
    private static (int Code, string Output) Run(string exe, string workDir, params string[] args)
    {
        var psi = new ProcessStartInfo(exe) { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        using var p = Process.Start(psi)!;
        var o = p.StandardOutput.ReadToEndAsync();
        var e = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(600_000)) { p.Kill(true); Assert.Fail($"{exe} {string.Join(' ', args)} timed out"); }
        return (p.ExitCode, o.Result + e.Result);
    }

    [Test]
    public void PackInstallToolAndConsumeLibrary()
    {
        var work = Directory.CreateTempSubdirectory("framing-pack-");
        try
        {
            var feed = Path.Combine(work.FullName, "feed");
            var version = "0.1.0";
            foreach (var project in new[] { "src/Framing/Framing.csproj", "src/Framing.Cli/Framing.Cli.csproj" })
            {
                var (code, output) = Run("dotnet", Repo.Root, "pack", project, "-c", "Release", "-o", feed, "-p:Version=" + version);
                Assert.That(code, Is.Zero, output);
            }
            Assert.That(File.Exists(Path.Combine(feed, $"Framing.{version}.nupkg")), Is.True);
            Assert.That(File.Exists(Path.Combine(feed, $"Framing.Cli.{version}.nupkg")), Is.True);

            using (var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(feed, $"Framing.{version}.nupkg")))
            {
                var entries = zip.Entries.Select(e => e.FullName).ToArray();
                Assert.That(entries, Does.Contain("README.md").And.Contain("lib/net10.0/Framing.dll").And.Contain("lib/net10.0/Framing.xml"));
            }

            var tools = Path.Combine(work.FullName, "tools");
            var install = Run("dotnet", work.FullName, "tool", "install", "Framing.Cli", "--tool-path", tools, "--add-source", feed, "--version", version);
            Assert.That(install.Code, Is.Zero, install.Output);
            var seed = Repo.Path_("seeds", Repo.SeedName + ".txt");
            var analyze = Run(Path.Combine(tools, "framing"), work.FullName, "analyze", seed);
            Assert.That(analyze.Code, Is.Zero, analyze.Output);
            Assert.That(analyze.Output, Does.Contain("official_statement").And.Contain("Framing profile"));

            var consumer = Path.Combine(work.FullName, "consumer");
            Directory.CreateDirectory(consumer);
            foreach (var f in new[] { "Consumer.csproj", "Program.cs" }) File.Copy(Repo.Path_("tests", "consumer", f), Path.Combine(consumer, f));
            File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                  <packageSourceMapping>
                    <packageSource key="local"><package pattern="Framing" /><package pattern="Framing.*" /></packageSource>
                    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
                  </packageSourceMapping>
                </configuration>
                """);
            var run = Run("dotnet", consumer, "run", "-p:FramingVersion=" + version, "--", seed);
            Assert.That(run.Code, Is.Zero, run.Output);
            Assert.That(run.Output, Does.Contain("Sergey Lavrov").And.Contain("official_statement"));
        }
        finally { try { work.Delete(true); } catch (IOException) { } }
    }
}
