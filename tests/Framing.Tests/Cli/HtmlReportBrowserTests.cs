using System.Diagnostics;
using Framing.Reporting;
using Framing.Tests.Support;

namespace Framing.Tests.Cli;

/// <summary>
/// Renders the seed's HTML report in headless Chromium (Debian package <c>chromium</c>, installed by .ci/run)
/// and checks what a reader sees: highlighted sentences, the legend and the sources panel visible, no script
/// error. A screenshot is written to the test output folder as seed-report.png.
/// </summary>
public class HtmlReportBrowserTests
{
    private static string? Chromium() =>
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);

    private static string RunChromium(string exe, params string[] args)
    {
        var profile = Directory.CreateTempSubdirectory("framing-chromium-");
        try
        {
            var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         "--user-data-dir=" + profile.FullName, "--window-size=1280,1600" }.Concat(args))
                psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(90_000)) { p.Kill(true); Assert.Fail("chromium did not finish in 90 s"); }
            return stdout.Result;
        }
        finally { try { profile.Delete(true); } catch (IOException) { } }
    }

    [Test]
    public void SeedReportRendersWithHighlightsLegendAndSources()
    {
        var exe = Chromium();
        Assert.That(exe, Is.Not.Null, "headless Chromium is needed (apt-get install -y chromium; .ci/run installs it)");
        var analysis = FramingAnalyzer.CreateDefault().Analyze(Repo.SeedText);
        var html = Path.Combine(TestContext.CurrentContext.WorkDirectory, "seed-report.html");
        using (var w = new StreamWriter(html)) HtmlReportWriter.Write(w, analysis, Repo.SeedName);

        var dom = RunChromium(exe!, "--virtual-time-budget=3000", "--dump-dom", new Uri(html).AbsoluteUri);
        Assert.That(dom, Does.Contain("data-ready=\"1\""), "the report's script ran");
        Assert.That(dom, Does.Not.Contain("data-script-error=\"1\""), "no script error");
        Assert.That(dom, Does.Contain("data-legend-visible=\"1\"").And.Contain("data-sources-visible=\"1\""));
        var tagged = analysis.Sentences.Count(s => s.Tags != Framing.Analysis.FramingTags.None);
        Assert.That(tagged, Is.GreaterThan(5));
        Assert.That(dom, Does.Contain($"data-highlighted=\"{tagged}\""));
        Assert.That(dom, Does.Contain("Igor Konashenkov"));

        var png = Path.Combine(TestContext.CurrentContext.WorkDirectory, "seed-report.png");
        RunChromium(exe!, "--screenshot=" + png, new Uri(html).AbsoluteUri);
        Assert.That(new FileInfo(png).Length, Is.GreaterThan(20_000), "a screenshot with content");
        TestContext.Out.WriteLine("screenshot: " + png);
    }
}
