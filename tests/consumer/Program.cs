using Framing;
using Framing.Analysis;

var analyzer = FramingAnalyzer.CreateDefault();            // embedded rules + model; build once, thread-safe
var text = File.ReadAllText(args.Length > 0 ? args[0] : "article.txt");
ArticleAnalysis result = analyzer.Analyze(text);

foreach (var s in result.Sentences.Where(s => s.Tags != FramingTags.None))
{
    var who = s.Attribution is { } a ? $" [{a.Speaker.Name}, {a.Speaker.Type}]" : "";
    Console.WriteLine($"{string.Join("+", s.Tags.Names())}{who}: {s.Text}");
}
Console.WriteLine($"sources: {string.Join(", ", result.Profile.Sources.Select(x => x.Name))}");
