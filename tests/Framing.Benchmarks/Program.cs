using System.Diagnostics;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Framing;
using Framing.Analysis;
using Framing.Evaluation;
using Framing.Rules;
using Framing.Text;

namespace Framing.Benchmarks;

/// <summary>
/// Benchmarks. <c>dotnet run -c Release --project tests/Framing.Benchmarks -- throughput</c> prints the throughput
/// figures the README reports (one core unless stated); any other arguments go to BenchmarkDotNet
/// (<c>-- --filter *</c> runs the per-stage benchmarks with the memory diagnoser).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "throughput") return Throughput.Run(args.Skip(1).ToArray());
        if (args.Length > 0 && args[0] == "machine") return Throughput.Machine();
        if (args.Length > 0 && args[0] == "ab") return AlternatingBuilds.Run(args.Skip(1).ToArray());
        if (args.Length > 0 && args[0] == "coldstart")
        {
            // In-process cold-start breakdown; publish with -p:PublishReadyToRun=true to see the ReadyToRun figures.
            var sw = Stopwatch.StartNew();
            if (args.Contains("--regex-first")) { new System.Text.RegularExpressions.Regex(@"\b(about|around)\s+\d", System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.IgnoreCase).IsMatch("about 5"); Console.WriteLine($"one regex {sw.Elapsed.TotalMilliseconds:0} ms"); }
            if (args.Contains("--yaml-first")) { new YamlDotNet.RepresentationModel.YamlStream().Load(new StringReader(File.ReadAllText(Path.Combine(Inputs.Root(), "rules", "hedge.yaml")))); Console.WriteLine($"yaml {sw.Elapsed.TotalMilliseconds:0} ms"); }
            var rules = RuleSet.Default; var t1 = sw.Elapsed.TotalMilliseconds;
            var compiled = new CompiledRules(rules); var t2 = sw.Elapsed.TotalMilliseconds;
            var model = Framing.Model.TagModel.LoadDefault(); var t3 = sw.Elapsed.TotalMilliseconds;
            var analyzer = FramingAnalyzer.CreateDefault(); var t4 = sw.Elapsed.TotalMilliseconds;
            analyzer.Analyze(Inputs.Seed()); var t5 = sw.Elapsed.TotalMilliseconds;
            analyzer.Analyze(Inputs.Seed()); var t6 = sw.Elapsed.TotalMilliseconds;
            Console.WriteLine($"load rules {t1:0} ms, compile {t2 - t1:0} ms, load model {t3 - t2:0} ms, create analyzer (compiles again) {t4 - t3:0} ms, first analysis {t5 - t4:0} ms, second {t6 - t5:0} ms");
            return 0;
        }
        if (args.Length > 0 && args[0] == "model") return Stages.Model(args.ElementAtOrDefault(1)); // `model [MODEL.zip]`
        if (args.Length > 0 && args[0] == "corpusstages") return Stages.Corpus();
        if (args.Length > 0 && args[0] == "regex")
        {
            var docs = Inputs.CorpusArticles().Select(Document.Parse).ToList();
            var sentences = docs.SelectMany(d => d.Sentences.Select(x => d.Text.Substring(x.Span.Start, x.Span.Length))).ToList();
            var patterns = RuleSet.Default.Rules.SelectMany(r => r.Regexes).Select(r => r.ToString()).ToList();
            foreach (var opt in new[] { System.Text.RegularExpressions.RegexOptions.NonBacktracking, System.Text.RegularExpressions.RegexOptions.None, System.Text.RegularExpressions.RegexOptions.Compiled })
            {
                var rx = patterns.Select(p => new System.Text.RegularExpressions.Regex(p, opt | System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)).ToList();
                for (int round = 0; round < 3; round++)
                {
                    var sw = Stopwatch.StartNew(); int hits = 0;
                    for (int k = 0; k < 10; k++) foreach (var x in sentences) foreach (var r in rx) foreach (var m in r.EnumerateMatches(x)) hits++;
                    double en = sw.Elapsed.TotalMilliseconds; sw.Restart();
                    for (int k = 0; k < 10; k++) foreach (var x in sentences) foreach (var r in rx) if (r.IsMatch(x)) hits++;
                    Console.WriteLine($"{opt}: enumerate {en * 1000 / (10.0 * sentences.Count):0.00} µs/sentence, IsMatch {sw.Elapsed.TotalMilliseconds * 1000 / (10.0 * sentences.Count):0.00} µs/sentence ({hits})");
                }
            }
            return 0;
        }
        if (args.Length > 0 && args[0] == "alloc")
        {
            // Bytes allocated per sentence by each stage of rules-only analysis, over the corpus.
            var rules = new CompiledRules(RuleSet.Default);
            // `alloc [FILE]`: over the corpus, or over one file (a large article's per-character cost).
            var texts = File.Exists(args.ElementAtOrDefault(1)) ? [File.ReadAllText(args[1])] : Inputs.CorpusArticles();
            var analyzer = FramingAnalyzer.Create(new AnalyzerOptions { RulesOnly = true });
            foreach (var t in texts) analyzer.Analyze(t);
            long n = 0, parse = 0, match = 0, ctx = 0, speakers = 0, state = 0, combine = 0;
            foreach (var t in texts)
            {
                long a0 = GC.GetAllocatedBytesForCurrentThread();
                var doc = Document.Parse(t); long a1 = GC.GetAllocatedBytesForCurrentThread();
                var inside = CompiledRules.InsideQuote(doc); var matches = rules.Match(doc, inside); long a2 = GC.GetAllocatedBytesForCurrentThread();
                var c = new Framing.Attribution.ArticleContext(doc, matches, inside); long a3 = GC.GetAllocatedBytesForCurrentThread();
                Framing.Attribution.SpeakerResolver.Resolve(c); long a4 = GC.GetAllocatedBytesForCurrentThread();
                var st = ArticleState.Build(rules, doc); long a5 = GC.GetAllocatedBytesForCurrentThread();
                Combiner.Combine(st, null, null); long a6 = GC.GetAllocatedBytesForCurrentThread();
                n += doc.Sentences.Count; parse += a1 - a0; match += a2 - a1; ctx += a3 - a2; speakers += a4 - a3; state += a5 - a4; combine += a6 - a5;
            }
            long chars = texts.Sum(t => (long)t.Length);
            Console.WriteLine($"bytes per sentence: parse {parse / n}, match {match / n}, context {ctx / n}, speakers {speakers / n}, state (all again) {state / n}, combine {combine / n}; per character: parse {(double)parse / chars:0.0}, match {(double)match / chars:0.0}, context {(double)ctx / chars:0.0}, speakers {(double)speakers / chars:0.0}, state {(double)state / chars:0.0}, combine {(double)combine / chars:0.0}");
            return 0;
        }
        if (args.Length > 0 && args[0] == "alloctypes")
        {
            // Which types rules-only analysis allocates, sampled by the runtime every ~100 KB (AllocationTick events);
            // `alloctypes [FILE]`: over the corpus, or over one file (large-object-heap allocations marked [LOH]).
            var analyzer = FramingAnalyzer.Create(new AnalyzerOptions { RulesOnly = true });
            var texts = File.Exists(args.ElementAtOrDefault(1)) ? [File.ReadAllText(args[1])] : Inputs.CorpusArticles();
            foreach (var t in texts) analyzer.Analyze(t);
            using var listener = new AllocationSampler();
            for (int round = 0; round < 5; round++) foreach (var t in texts) analyzer.Analyze(t);
            listener.Print(20);
            return 0;
        }
        if (args.Length > 0 && args[0] == "loopfile")
        {
            // A steady loop over one file for a profiler: `loopfile PATH SECONDS [rules]`.
            var analyzer = args.ElementAtOrDefault(3) == "rules" ? FramingAnalyzer.Create(new AnalyzerOptions { RulesOnly = true }) : FramingAnalyzer.CreateDefault();
            var text = File.ReadAllText(args[1]);
            var sw = Stopwatch.StartNew();
            int n = 0;
            while (sw.Elapsed.TotalSeconds < double.Parse(args.ElementAtOrDefault(2) ?? "10")) { analyzer.Analyze(text); n++; }
            long before = GC.GetAllocatedBytesForCurrentThread();
            int gen2 = GC.CollectionCount(2);
            analyzer.Analyze(text);
            Console.WriteLine($"{n} analyses, {sw.Elapsed.TotalMilliseconds / n:0.000} ms each; one analysis allocates {(GC.GetAllocatedBytesForCurrentThread() - before) / 1e6:0} MB ({GC.CollectionCount(2) - gen2} gen-2 collections)");
            return 0;
        }
        if (args.Length > 0 && args[0] == "loop")
        {
            // A steady loop for a profiler: `loop rules|full SECONDS`.
            var analyzer = args.ElementAtOrDefault(1) == "full" ? FramingAnalyzer.CreateDefault() : FramingAnalyzer.Create(new AnalyzerOptions { RulesOnly = true });
            var articles = Inputs.CorpusArticles();
            if (args.ElementAtOrDefault(1) == "match")
            {
                // `loop match SECONDS`: parsing and rule matching only.
                var compiled = new CompiledRules(RuleSet.Default);
                var clock = Stopwatch.StartNew();
                long count = 0;
                while (clock.Elapsed.TotalSeconds < double.Parse(args.ElementAtOrDefault(2) ?? "10")) foreach (var a in articles) count += compiled.Match(Document.Parse(a)).Count;
                Console.WriteLine($"{count} matches");
                return 0;
            }
            var sw = Stopwatch.StartNew();
            long n = 0;
            while (sw.Elapsed.TotalSeconds < double.Parse(args.ElementAtOrDefault(2) ?? "10")) foreach (var a in articles) n += analyzer.Analyze(a).Sentences.Count;
            Console.WriteLine($"{n} sentences; garbage collection paused the process for {GC.GetTotalPauseDuration().TotalMilliseconds / sw.Elapsed.TotalMilliseconds:P1} of the time ({GC.CollectionCount(0)} gen-0, {GC.CollectionCount(1)} gen-1, {GC.CollectionCount(2)} gen-2 collections)");
            return 0;
        }
        if (args.Length > 0 && args[0] == "work")
        {
            // A fixed amount of work for an instruction counter (tools/cost.sh; stabler than time on a shared machine):
            // `work rules|full|parse|match|speakers PASSES` runs the corpus PASSES times through the whole analysis, or
            // through the stages up to parsing, rule matching or speaker resolution.
            string upTo = args.ElementAtOrDefault(1) ?? "rules";
            var analyzer = upTo == "full" ? FramingAnalyzer.CreateDefault() : FramingAnalyzer.Create(new AnalyzerOptions { RulesOnly = true });
            var articles = Inputs.CorpusArticles();
            var sw = Stopwatch.StartNew();
            long n = 0;
            int passes = int.Parse(args.ElementAtOrDefault(2) ?? "20");
            for (int pass = 0; pass < passes; pass++)
                foreach (var a in articles)
                {
                    if (upTo is "rules" or "full") { n += analyzer.Analyze(a).Sentences.Count; continue; }
                    var doc = Document.Parse(a);
                    n += doc.Sentences.Count;
                    if (upTo == "parse") continue;
                    var inside = CompiledRules.InsideQuote(doc);
                    var matches = analyzer.CompiledRules.Match(doc, inside);
                    if (upTo == "speakers") Framing.Attribution.SpeakerResolver.Resolve(new Framing.Attribution.ArticleContext(doc, matches, inside));
                }
            Console.WriteLine($"{n} sentences in {sw.Elapsed.TotalSeconds:0.00} s");
            return 0;
        }
        if (args.Length > 0 && args[0] == "yaml")
        {
            var files = Directory.GetFiles(Path.Combine(Inputs.Root(), "rules"), "*.yaml").Select(File.ReadAllText).ToList();
            for (int round = 0; round < 5; round++)
            {
                var sw = Stopwatch.StartNew();
                foreach (var f in files) new YamlDotNet.RepresentationModel.YamlStream().Load(new StringReader(f));
                double yaml = sw.Elapsed.TotalMilliseconds; sw.Restart();
                var set = RuleSet.FromYaml(Directory.GetFiles(Path.Combine(Inputs.Root(), "rules"), "*.yaml").Select(f => new KeyValuePair<string, string>(Path.GetFileName(f), File.ReadAllText(f))));
                double all = sw.Elapsed.TotalMilliseconds; sw.Restart();
                var rx = new System.Text.RegularExpressions.Regex(@"\b(why|how|who)\b[^?]{0,80}\b(hid|hide|hiding|lie|lied)\b[^?]*\?", System.Text.RegularExpressions.RegexOptions.NonBacktracking);
                double regex = sw.Elapsed.TotalMilliseconds; sw.Restart();
                new CompiledRules(set);
                Console.WriteLine($"yaml only {yaml:0.0} ms, RuleSet.FromYaml {all:0.0} ms, one NonBacktracking regex {regex:0.0} ms, compile {sw.Elapsed.TotalMilliseconds:0.0} ms");
            }
            return 0;
        }
        if (args.Length > 0 && args[0] == "stages")
            return File.Exists(args.ElementAtOrDefault(1)) ? Stages.Run(File.ReadAllText(args[1]), args[1]) : Stages.Run(string.Join("\n\n", Enumerable.Repeat(Inputs.Seed(), int.Parse(args.ElementAtOrDefault(1) ?? "100"))), $"seed × {args.ElementAtOrDefault(1) ?? "100"}");
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}

/// <summary>The project's corpus rebuilt as article texts: a realistic, project-written input.</summary>
public static class Inputs
{
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Framing.sln"))) dir = dir.Parent;
        for (var cwd = new DirectoryInfo(Environment.CurrentDirectory); dir is null && cwd is not null; cwd = cwd.Parent)
            if (File.Exists(Path.Combine(cwd.FullName, "Framing.sln"))) dir = cwd; // a published copy run from the repository
        return dir?.FullName ?? throw new InvalidOperationException("run from inside the repository");
    }

    public static IReadOnlyList<string> CorpusArticles() =>
        LabeledDataReader.ReadArticles(Path.Combine(Root(), "corpus", "train.jsonl")).Select(a => a.Document.Text).ToList();

    public static string Seed() => File.ReadAllText(Path.Combine(Root(), "seeds", "000_9a52daf384e538f5.txt"));
}

/// <summary>
/// Two builds of the library in one process, each in its own load context, timed in alternating passes over the corpus
/// (A, B, B, A per round): `ab DIR_A DIR_B [SECONDS] [full]`, where each directory holds a built Framing.dll and its
/// dependencies (a Framing.Benchmarks output folder). This machine's speed swings by up to 2× between minutes, and
/// tools/cost.sh's instruction counts by ±10% between runs of one build; alternating within seconds cancels both, so
/// the median ratio of a round's times resolves a change of 1–2% (the same build against itself: within ±1%).
/// tools/ab.sh builds a commit in a worktree and runs this against the working tree.
/// </summary>
public static class AlternatingBuilds
{
    public static int Run(string[] args)
    {
        if (args.Length < 2) { Console.Error.WriteLine("usage: ab DIR_A DIR_B [SECONDS] [full]"); return 2; }
        double seconds = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 40;
        bool full = args.Contains("full");
        var articles = Inputs.CorpusArticles();
        double mb = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a)) / 1024.0 / 1024.0;
        var a = Load(args[0], full);
        var b = Load(args[1], full);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < 3) foreach (var t in articles) { a(t); b(t); } // warm both to tier 1
        double Pass(Func<string, object> analyze) { var sw = Stopwatch.StartNew(); foreach (var t in articles) analyze(t); return sw.Elapsed.TotalMilliseconds; }
        var ratios = new List<double>();
        double bestA = double.MaxValue, bestB = double.MaxValue;
        clock.Restart();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            double a1 = Pass(a), b1 = Pass(b), b2 = Pass(b), a2 = Pass(a);
            bestA = Math.Min(bestA, Math.Min(a1, a2)); bestB = Math.Min(bestB, Math.Min(b1, b2));
            ratios.Add((a1 + a2) / (b1 + b2));
        }
        ratios.Sort();
        double median = ratios[ratios.Count / 2];
        Console.WriteLine($"{(full ? "full" : "rules-only")} analysis, {ratios.Count} rounds: A best {mb * 1000 / bestA:0.00} MB/s, B best {mb * 1000 / bestB:0.00} MB/s; "
            + $"median time A/B {median:0.000} (quartiles {ratios[ratios.Count / 4]:0.000}–{ratios[3 * ratios.Count / 4]:0.000}): B is {(median - 1) * 100:+0.0;-0.0}% faster");
        return 0;
    }

    /// <summary>The build's <c>FramingAnalyzer.Analyze</c>, reached through reflection in a load context of its own.</summary>
    private static Func<string, object> Load(string directory, bool full)
    {
        var context = new DirectoryLoadContext(Path.GetFullPath(directory));
        var assembly = context.LoadFromAssemblyPath(Path.Combine(Path.GetFullPath(directory), "Framing.dll"));
        var optionsType = assembly.GetType("Framing.AnalyzerOptions", throwOnError: true)!;
        var options = Activator.CreateInstance(optionsType)!;
        optionsType.GetProperty("RulesOnly")!.SetValue(options, !full);
        var analyzer = assembly.GetType("Framing.FramingAnalyzer", throwOnError: true)!.GetMethod("Create", [optionsType])!.Invoke(null, [options])!;
        var analyze = analyzer.GetType().GetMethod("Analyze", [typeof(string), typeof(CancellationToken)])!
            .CreateDelegate<Func<string, CancellationToken, object>>(analyzer);
        return text => analyze(text, default);
    }

    private sealed class DirectoryLoadContext(string directory) : System.Runtime.Loader.AssemblyLoadContext(name: null, isCollectible: false)
    {
        protected override System.Reflection.Assembly? Load(System.Reflection.AssemblyName name)
        {
            var path = Path.Combine(directory, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}

/// <summary>Stopwatch throughput over the corpus, repeated until the input is large enough to time.</summary>
public static class Throughput
{
    public static int Run(string[] args)
    {
        double targetMb = args.Length > 0 && char.IsAsciiDigit(args[0][0]) ? double.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var articles = Inputs.CorpusArticles();
        long bytesPerPass = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a));
        int passes = (int)Math.Ceiling(targetMb * 1024 * 1024 / bytesPerPass);
        Console.WriteLine($"input: {articles.Count} corpus articles, {bytesPerPass / 1024.0 / 1024.0:0.00} MB per pass, {passes} passes");
        var rules = new CompiledRules(RuleSet.Default);
        var rulesOnly = FramingAnalyzer.Create(new AnalyzerOptions { RulesOnly = true });
        var full = FramingAnalyzer.CreateDefault();

        if (args.Contains("--hostile-only")) return Hostile(); // `throughput --hostile-only`: the hostile-input sizes only
        if (args.Contains("--scaling-only"))
        {
            // `throughput 20 --scaling-only`: the 1 → 2 thread lines only (to compare runtime GC settings).
            Scaling("rules-only", articles, Math.Max(1, passes / 5), bytesPerPass, a => rulesOnly.Analyze(a).Sentences.Count);
            Scaling("full", articles, Math.Max(1, passes / 8), bytesPerPass, a => full.Analyze(a).Sentences.Count);
            return 0;
        }
        Measure("segment + tokenize", articles, passes, bytesPerPass, a => Document.Parse(a).Sentences.Count);
        Measure("rule matching (segment + match)", articles, passes, bytesPerPass, a => { var d = Document.Parse(a); rules.Match(d); return d.Sentences.Count; });
        Measure("rules-only analysis", articles, passes, bytesPerPass, a => rulesOnly.Analyze(a).Sentences.Count);
        if (args.Contains("--rules-only")) return 0; // `throughput 20 --rules-only`: the three rules-stage figures only
        int fullPasses = Math.Max(1, passes / 4);
        Measure("full analysis (rules + model)", articles, fullPasses, bytesPerPass, a => full.Analyze(a).Sentences.Count);
        Scaling("rules-only", articles, Math.Max(1, passes / 5), bytesPerPass, a => rulesOnly.Analyze(a).Sentences.Count);
        Scaling("full", articles, Math.Max(1, fullPasses / 2), bytesPerPass, a => full.Analyze(a).Sentences.Count);
        // Linearity: batches of 1×, 10× and 100× twenty articles, and one article made of 1, 10 and 100 seeds.
        var twenty = articles.Take(20).ToList();
        foreach (int k in new[] { 1, 10, 100 })
        {
            var sw = Stopwatch.StartNew();
            for (int r = 0; r < k; r++) foreach (var a in twenty) rulesOnly.Analyze(a);
            Console.WriteLine($"batch of {20 * k,5} articles: {sw.Elapsed.TotalMilliseconds:0.0} ms ({sw.Elapsed.TotalMilliseconds / k:0.00} ms per 20)");
        }
        foreach (int k in new[] { 1, 10, 100 })
        {
            var text = string.Join("\n\n", Enumerable.Repeat(Inputs.Seed(), k));
            rulesOnly.Analyze(text);
            double best = BestPerRun(3, Math.Max(1, 200 / k), () => rulesOnly.Analyze(text));
            double cold = ColdRun(7, () => rulesOnly.Analyze(text));
            Console.WriteLine($"seed × {k,3} in one article ({text.Length / 1024.0:0} KB): {best:0.00} ms per analysis (best of 3 rounds); {cold:0.00} ms with the caches evicted before each run (best of 7)");
        }
        return Hostile();
    }

    /// <summary>
    /// What this machine gives two threads, without Framing: a loop that only computes, one that reads a 2 MB string,
    /// and one that allocates small arrays, each run twice on one thread and once on each of two (best of five).
    /// The ceiling the 1 → 2 thread figures above are read against.
    /// </summary>
    public static int Machine()
    {
        var text = new string('x', 1 << 20) + string.Concat(Enumerable.Range(0, 100_000).Select(i => (char)('a' + i % 26)));
        var works = new (string Name, Func<long> Work)[]
        {
            ("compute only", () => { ulong h = 1; for (int i = 0; i < 200_000_000; i++) h = h * 6364136223846793005UL + 1442695040888963407UL; return (long)h; }),
            ("read a 2 MB string", () => { uint h = 0; for (int r = 0; r < 60; r++) foreach (char c in text) h = (h ^ c) * 16777619; return h; }),
            ("allocate 56-byte arrays", () => { long sum = 0; for (int i = 0; i < 20_000_000; i++) { var a = new int[8]; a[i & 7] = i; sum += a[3]; } return sum; }),
        };
        foreach (var (name, work) in works)
        {
            work();
            double one = double.MaxValue, two = double.MaxValue;
            for (int round = 0; round < 5; round++)
            {
                var sw = Stopwatch.StartNew(); work(); work(); one = Math.Min(one, sw.Elapsed.TotalMilliseconds);
                sw.Restart(); Parallel.Invoke(() => work(), () => work()); two = Math.Min(two, sw.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"{name}: two runs on 1 thread {one:0} ms, on 2 threads {two:0} ms: ×{one / two:0.00}");
        }
        return 0;
    }

    private static byte[]? _evictionBuffer;

    /// <summary>
    /// Milliseconds for one call of <paramref name="run"/> with cold caches: before each call a 64 MB buffer (larger
    /// than this machine's last-level cache) is written through, so no size is timed on data left in the caches by
    /// its previous run. Repeating a small input otherwise runs it from the caches and flatters it against a large
    /// one, which is not what streaming an archive does; the best of <paramref name="runs"/> calls.
    /// </summary>
    private static double ColdRun(int runs, Action run)
    {
        var buffer = _evictionBuffer ??= new byte[64 << 20];
        double best = double.MaxValue;
        for (int r = 0; r < runs; r++)
        {
            for (int i = 0; i < buffer.Length; i += 64) buffer[i]++;
            var sw = Stopwatch.StartNew();
            run();
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }
        return best;
    }

    /// <summary>Milliseconds per call of <paramref name="run"/>: the best of <paramref name="rounds"/> rounds of <paramref name="reps"/> calls in a row.</summary>
    private static double BestPerRun(int rounds, int reps, Action run)
    {
        double best = double.MaxValue;
        for (int round = 0; round < rounds; round++)
        {
            var sw = Stopwatch.StartNew();
            for (int r = 0; r < reps; r++) run();
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds / reps);
        }
        return best;
    }

    /// <summary>A capitalised word unique to <paramref name="i"/>: the initial, then <paramref name="i"/> in base 26 as letters.</summary>
    private static string DistinctName(int i, char initial)
    {
        var letters = new System.Text.StringBuilder().Append(initial);
        do { letters.Append((char)('a' + i % 26)); i /= 26; } while (i > 0);
        return letters.Append("son").ToString();
    }

    /// <summary>Hostile inputs at three sizes (full analysis): time must grow with the input, not faster.</summary>
    private static int Hostile()
    {
        var withModel = FramingAnalyzer.CreateDefault();
        var inputs = new (string, Func<int, string>)[]
        {
            ("line without punctuation", n => string.Concat(Enumerable.Repeat("word ", n / 5))),
            ("mixed quotation marks", n => string.Concat(Enumerable.Range(0, n / 2).Select(i => "“”\"'‘’"[i % 6] + (i % 7 == 0 ? "a " : "")))),
            // One sentence of one cue over and over: a rule's exceptions and "near" conditions are checked against every
            // other match of the sentence (quadratic until the fifteenth session: 80,000 repeats took 42 s).
            ("one repeated accusation", n => string.Concat(Enumerable.Repeat("he accused them ", n / 16))),
            ("one repeated capitalised name and verb", n => string.Concat(Enumerable.Repeat("Mr Said ", n / 8))),
            // Thousands of speaker phrases in one sentence: each phrase's type and each source word's country check scanned
            // all the sentence's matches (quadratic until the fifteenth session: "according to police" ×40,000, 12.6 s).
            ("one repeated source phrase", n => string.Concat(Enumerable.Repeat("according to police ", n / 20))),
            // Capitalised words by the thousand: the walk back from a name to its role and to the word before it read over
            // every capitalised word before (quadratic until the sixteenth session: "Minister Ann Lee" ×40,000, 43 s).
            ("one repeated role and name", n => string.Concat(Enumerable.Repeat("Minister Ann Lee ", n / 17))),
            ("one repeated capitalised phrase", n => string.Concat(Enumerable.Repeat("The Foreign Minister Of The Republic Said ", n / 42))),
            // Tens of thousands of different people, each speaking once: noting a speaker removed its earlier mention from a
            // list of every person named (quadratic until the twenty-seventh session: 40,000 speakers, 1.5 MB, 10.8 s).
            ("distinct speakers", n => string.Concat(Enumerable.Range(0, n / 66).Select(i =>
                $"{DistinctName(i, 'B')} {DistinctName(i, 'K')} said in a statement that the novelist {DistinctName(i + 1, 'K')} was wrong. "))),
        };
        // Warm the code first (small inputs, then a pause for the runtime's tier-1 compiles), so that no size is
        // timed on code still being rejitted: the 10 M runs are otherwise the first to run long enough to be.
        for (int round = 0; round < 40; round++) foreach (var (_, make) in inputs) withModel.Analyze(make(20_000));
        Thread.Sleep(500);
        foreach (var (name, make) in inputs)
        {
            foreach (int size in new[] { 100_000, 1_000_000, 10_000_000 })
            {
                var text = make(size);
                double best = double.MaxValue;
                for (int run = 0; run < 6; run++)
                {
                    var sw = Stopwatch.StartNew();
                    withModel.Analyze(text);
                    if (run > 0) best = Math.Min(best, sw.Elapsed.TotalMilliseconds); // the first run of a size warms its buffers
                }
                // The same amount of text at every size (10 M characters' worth of runs, best of three blocks), so that each
                // size pays its share of garbage collection: a single small run can finish between two collections.
                int runs = Math.Max(1, 10_000_000 / size);
                double perRun = BestPerRun(3, runs, () => withModel.Analyze(text));
                double cold = ColdRun(5, () => withModel.Analyze(text));
                long before = GC.GetAllocatedBytesForCurrentThread();
                withModel.Analyze(text);
                double allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / 1e6;
                Console.WriteLine($"{name}, {text.Length / 1e6:0.0} M chars: {best:0} ms (best of 5 after one warm-up run); {perRun:0.0} ms a run over {runs} run(s) in a row; {cold:0.0} ms with the caches evicted before each run (best of 5); {allocated:0.0} MB allocated a run");
            }
        }
        return 0;
    }

    /// <summary>
    /// 1 → 2 thread speed-up from alternating rounds (1 thread, 2 threads, 1, 2, …; best of five each), so that a
    /// slow phase of the shared machine does not fall on one side only.
    /// </summary>
    private static void Scaling(string name, IReadOnlyList<string> articles, int passesPerRound, long bytesPerPass, Func<string, int> work)
    {
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 2) foreach (var a in articles) work(a);
        // Fifteen alternating pairs: on this shared virtual machine a 2-thread round needs both virtual CPUs free at
        // once, so five pairs gave speed-ups anywhere from 1.3 to 1.9 for one build (eleventh session); more pairs let
        // the best of each side settle. The median of the pairs' own ratios is printed beside it.
        const int Pairs = 15;
        double best1 = 0, best2 = 0;
        var ratios = new List<double>();
        for (int round = 0; round < Pairs; round++)
        {
            double one = 0;
            foreach (int threads in new[] { 1, 2 })
            {
                var sw = Stopwatch.StartNew();
                for (int p = 0; p < passesPerRound; p++)
                {
                    if (threads == 1) foreach (var a in articles) work(a);
                    else Parallel.ForEach(articles, new ParallelOptions { MaxDegreeOfParallelism = 2 }, a => work(a));
                }
                double mbps = passesPerRound * bytesPerPass / 1024.0 / 1024.0 / sw.Elapsed.TotalSeconds;
                if (threads == 1) { best1 = Math.Max(best1, mbps); one = mbps; }
                else { best2 = Math.Max(best2, mbps); ratios.Add(mbps / one); }
            }
        }
        ratios.Sort();
        Console.WriteLine($"{name} speed-up 1 → 2 threads: {best2 / best1:0.00}x ({best1:0.0} → {best2:0.0} MB/s, alternating rounds, best of {Pairs} each; median of the {Pairs} pairs' ratios {ratios[Pairs / 2]:0.00}x)");
    }

    private static double Measure(string name, IReadOnlyList<string> articles, int passes, long bytesPerPass, Func<string, int> work, int threads = 1, bool quiet = false)
    {
        // Warm up until tiered compilation has settled (steady state): at least two seconds of the same work.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 2) foreach (var a in articles) work(a);
        // The work runs in five timed rounds and the fastest counts: on a shared virtual machine other tenants only
        // ever slow a round down, so the best round is the closest to the code's own speed. The median is shown too.
        const int Rounds = 5;
        int perRound = Math.Max(1, passes / Rounds);
        long sentences = 0;
        GC.Collect();
        long allocated = GC.GetTotalAllocatedBytes(true);
        var times = new List<double>();
        var cpuTimes = new List<double>();
        var process = Process.GetCurrentProcess();
        for (int round = 0; round < Rounds; round++)
        {
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            for (int p = 0; p < perRound; p++)
            {
                if (threads == 1) foreach (var a in articles) sentences += work(a);
                else
                {
                    long local = 0;
                    Parallel.ForEach(articles, new ParallelOptions { MaxDegreeOfParallelism = threads }, a => Interlocked.Add(ref local, work(a)));
                    sentences += local;
                }
            }
            times.Add(sw.Elapsed.TotalSeconds);
            process.Refresh();
            cpuTimes.Add((process.TotalProcessorTime - cpu0).TotalSeconds);
        }
        allocated = GC.GetTotalAllocatedBytes(true) - allocated;
        times.Sort();
        double mb = perRound * bytesPerPass / 1024.0 / 1024.0;
        double mbps = mb / times[0], median = mb / times[Rounds / 2];
        double sentencesPerRound = sentences / (double)Rounds;
        cpuTimes.Sort();
        // MB per CPU-second (all threads of the process: GC and JIT included): unlike wall time, it does not count
        // time the virtual machine's core was taken by another tenant, so it varies far less between runs.
        double perCpuSecond = mb * threads / cpuTimes[Rounds / 2];
        if (!quiet)
            Console.WriteLine($"{name,-36} {mbps,8:0.00} MB/s (median {median:0.00}; {perCpuSecond:0.00} MB per CPU-second) {sentencesPerRound / times[0],10:N0} sentences/s   {allocated / (double)Math.Max(1, sentences):N0} bytes allocated per sentence");
        return mbps;
    }
}

/// <summary>Time per stage on one large article (the seed repeated): shows where cost grows with article size.</summary>
public static class Stages
{
    /// <summary>Per-sentence cost of the model's parts on the corpus: dense features, n-gram lookup, tree walks.</summary>
    public static int Model(string? path)
    {
        var rules = new CompiledRules(RuleSet.Default);
        var model = path is null ? Framing.Model.TagModel.LoadDefault()! : Framing.Model.TagModel.Load(path);
        var docs = Inputs.CorpusArticles().Select(Document.Parse).ToList();
        var states = docs.Select(d => ArticleState.Build(rules, d)).ToList();
        int sentences = docs.Sum(d => d.Sentences.Count);
        var dense = states.Select(Framing.Features.SentenceFeaturizer.Featurize).ToList();
        var flat = dense.Select(rows => rows.SelectMany(r => r).ToArray()).ToList(); // the layout analysis scores from
        var slots = new List<int>();
        var vector = new float[model.Scorer.Width];
        for (int round = 0; round < 6; round++)
        {
            var sw = Stopwatch.StartNew();
            foreach (var st in states) Framing.Features.SentenceFeaturizer.Featurize(st);
            double featurize = sw.Elapsed.TotalMilliseconds; sw.Restart();
            foreach (var d in docs) foreach (var s in d.Sentences) { slots.Clear(); model.Scorer.Vocabulary.Collect(d, s, slots); }
            double ngrams = sw.Elapsed.TotalMilliseconds; sw.Restart();
            double sum = 0;
            for (int a = 0; a < docs.Count; a++)
                for (int i = 0; i < docs[a].Sentences.Count; i++)
                {
                    dense[a][i].CopyTo(vector, 0);
                    for (int t = 0; t < 4; t++) sum += model.Scorer.Tags[t].Score(vector);
                }
            double trees = sw.Elapsed.TotalMilliseconds; sw.Restart();
            // The path analysis takes: n-gram slots filled, then every tag's trees walked.
            for (int a = 0; a < docs.Count; a++) model.Scorer.Score(docs[a], docs[a].Sentences, flat[a], Framing.Features.SentenceFeaturizer.Count);
            double scored = sw.Elapsed.TotalMilliseconds;
            if (round >= 3) Console.WriteLine($"{sentences} sentences: featurize {featurize * 1000 / sentences:0.00} µs/sentence, n-grams {ngrams * 1000 / sentences:0.00}, trees on the dense slots only {trees * 1000 / sentences:0.00} ({sum:0}); n-grams + trees as analysis runs them {scored * 1000 / sentences:0.00}");
        }
        return 0;
    }

    /// <summary>
    /// Milliseconds per MB of each rules-only stage over the corpus (best of 5 rounds after a 2-second warm-up): where
    /// rules-only analysis spends its time.
    /// </summary>
    public static int Corpus()
    {
        var rules = new CompiledRules(RuleSet.Default);
        var texts = Inputs.CorpusArticles();
        double mb = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t)) / 1024.0 / 1024.0;
        string[] names = ["parse", "quotes", "match", "context", "speakers", "score", "combine"];
        var best = Enumerable.Repeat(double.MaxValue, names.Length).ToArray();
        var warm = Stopwatch.StartNew();
        for (int round = 0; round < 5 || warm.Elapsed.TotalSeconds < 2; round++)
        {
            var t = new double[names.Length];
            var sw = new Stopwatch();
            for (int pass = 0; pass < 5; pass++)
                foreach (var text in texts)
                {
                    sw.Restart(); var doc = Document.Parse(text); t[0] += sw.Elapsed.TotalMilliseconds;
                    sw.Restart(); var inside = CompiledRules.InsideQuote(doc); t[1] += sw.Elapsed.TotalMilliseconds;
                    sw.Restart(); var matches = rules.Match(doc, inside); t[2] += sw.Elapsed.TotalMilliseconds;
                    sw.Restart(); var ctx = new Framing.Attribution.ArticleContext(doc, matches, inside); t[3] += sw.Elapsed.TotalMilliseconds;
                    sw.Restart(); var (attributions, _) = Framing.Attribution.SpeakerResolver.Resolve(ctx); t[4] += sw.Elapsed.TotalMilliseconds;
                    sw.Restart();
                    var scores = new (double, IReadOnlyList<Evidence>)[doc.Sentences.Count * 4];
                    for (int i = 0; i < doc.Sentences.Count; i++) RuleScorer.Score(ctx, doc.Sentences[i], attributions[i], scores.AsSpan(i * 4, 4));
                    t[5] += sw.Elapsed.TotalMilliseconds;
                    var state = ArticleState.Build(rules, doc);
                    sw.Restart(); Combiner.Combine(state, null, null); t[6] += sw.Elapsed.TotalMilliseconds;
                }
            if (warm.Elapsed.TotalSeconds >= 2) for (int k = 0; k < names.Length; k++) best[k] = Math.Min(best[k], t[k] / (5 * mb));
        }
        Console.WriteLine("ms per MB (best of 5 rounds): " + string.Join(", ", names.Select((n, k) => $"{n} {best[k]:0.0}")) + $"; total {best.Sum():0.0} → {1000 / best.Sum():0.0} MB/s");
        return 0;
    }

    /// <summary>Time per stage on one text (warm second run): finds the stage that grows faster than the input.</summary>
    public static int Run(string text, string copies)
    {
        var rules = new CompiledRules(RuleSet.Default);
        var model = Framing.Model.TagModel.LoadDefault()!;
        // Warm the code on a small piece first (and let the runtime's tier-1 compiles finish), then take each stage's
        // best of three rounds on the whole text.
        var piece = text[..Math.Min(text.Length, 20_000)];
        for (int w = 0; w < 40; w++) Time(piece);
        Thread.Sleep(500);
        var best = Enumerable.Repeat(double.MaxValue, 8).ToArray();
        for (int round = 0; round < 3; round++)
        {
            var t = Time(text);
            for (int k = 0; k < 8; k++) best[k] = Math.Min(best[k], t[k]);
        }
        Console.WriteLine($"copies {copies}: parse {best[0]:0.0} ms, match {best[1]:0.0}, context {best[2]:0.0}, speakers {best[3]:0.0}, " +
            $"state(all again) {best[4]:0.0}, combine {best[5]:0.0}, featurize {best[6]:0.0}, trees {best[7]:0.0} (best of 3 rounds after warm-up)");
        return 0;

        double[] Time(string input)
        {
            var sw = Stopwatch.StartNew();
            var doc = Document.Parse(input); var t1 = sw.Elapsed.TotalMilliseconds;
            var inside = CompiledRules.InsideQuote(doc); var matches = rules.Match(doc, inside); var t2 = sw.Elapsed.TotalMilliseconds;
            var ctx = new Framing.Attribution.ArticleContext(doc, matches, inside); var t3 = sw.Elapsed.TotalMilliseconds;
            Framing.Attribution.SpeakerResolver.Resolve(ctx); var t4 = sw.Elapsed.TotalMilliseconds;
            var state = ArticleState.Build(rules, doc); var t5 = sw.Elapsed.TotalMilliseconds;
            Combiner.Combine(state, null, null); var t6 = sw.Elapsed.TotalMilliseconds;
            var dense = Framing.Features.SentenceFeaturizer.Featurize(state); var t7 = sw.Elapsed.TotalMilliseconds;
            model.PredictRows(dense, state); var t8 = sw.Elapsed.TotalMilliseconds;
            return [t1, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, t7 - t6, t8 - t7];
        }
    }
}

/// <summary>Per-stage BenchmarkDotNet benchmarks on the seed article.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private string _seed = "";
    private CompiledRules _rules = null!;
    private Document _doc = null!;
    private FramingAnalyzer _rulesOnly = null!;
    private FramingAnalyzer _full = null!;

    [GlobalSetup]
    public void Setup()
    {
        _seed = Inputs.Seed();
        _rules = new CompiledRules(RuleSet.Default);
        _doc = Document.Parse(_seed);
        _rulesOnly = FramingAnalyzer.Create(new AnalyzerOptions { RulesOnly = true });
        _full = FramingAnalyzer.CreateDefault();
    }

    [Benchmark] public int Segment() => Document.Parse(_seed).Sentences.Count;
    [Benchmark] public int Match() => _rules.Match(_doc).Count;
    [Benchmark] public int AnalyzeRulesOnly() => _rulesOnly.Analyze(_seed).Sentences.Count;
    [Benchmark] public int AnalyzeFull() => _full.Analyze(_seed).Sentences.Count;
}

/// <summary>Counts the runtime's AllocationTick samples by type name.</summary>
public sealed class AllocationSampler : System.Diagnostics.Tracing.EventListener
{
    private readonly Dictionary<string, long> _bytes = new();

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
    {
        if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick") || e.Payload is null) return;
        var name = e.PayloadNames!.IndexOf("TypeName") is int i and >= 0 ? e.Payload[i]?.ToString() ?? "?" : "?";
        var amount = e.PayloadNames!.IndexOf("AllocationAmount64") is int j and >= 0 ? Convert.ToInt64(e.Payload[j]) : 100_000;
        if (e.PayloadNames!.IndexOf("AllocationKind") is int k and >= 0 && Convert.ToInt32(e.Payload[k]) == 1) name = "[LOH] " + name;
        lock (_bytes) _bytes[name] = _bytes.GetValueOrDefault(name) + amount;
    }

    public void Print(int top)
    {
        lock (_bytes)
        {
            long total = _bytes.Values.Sum();
            foreach (var (name, b) in _bytes.OrderByDescending(kv => kv.Value).Take(top))
                Console.WriteLine($"{100.0 * b / total,5:0.0}%  {name}");
        }
    }
}
