using System.CommandLine;
using Framing.Rules;

namespace Framing.Cli.Commands;

/// <summary><c>framing rules check|test|compile [DIR]</c>: validate rule files, run their examples, or compile them to binary.</summary>
internal static class RulesCommand
{
    public static Command Create(ConsoleIO io)
    {
        var cmd = new Command("rules", "Validate rule files and run their examples.");
        cmd.Subcommands.Add(Sub(io, "check", "Load and validate every rule file; print problems as file:line:col.", runExamples: false));
        cmd.Subcommands.Add(Sub(io, "test", "Validate, then run every rule's match / no_match examples.", runExamples: true));
        cmd.Subcommands.Add(Compile(io));
        return cmd;
    }

    private static Command Compile(ConsoleIO io)
    {
        var dir = new Argument<string?>("dir") { Description = "Folder of *.yaml rule files (default: the embedded rules).", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string>("--out", "-o") { Description = "The compiled rules file to write (*.rules.bin).", Required = true };
        var force = new Option<bool>("--force") { Description = "Overwrite the output file if it exists." };
        var cmd = new Command("compile", "Validate rule files and write them in the binary form RuleSet.LoadCompiled reads (the package embeds its defaults this way).") { dir, output, force };
        cmd.SetAction(p => io.Guarded(() =>
        {
            var path = p.GetValue(dir);
            var set = path is null ? RuleSet.Default : RuleSet.Load(path);
            var target = p.GetValue(output)!;
            set.SaveCompiled(target, p.GetValue(force));
            io.Out.WriteLine($"{set.Rules.Count} rules from {(path ?? "the embedded defaults")} written to {target} (rules hash {set.Hash[..12]}…).");
            return ConsoleIO.Ok;
        }));
        return cmd;
    }

    private static Command Sub(ConsoleIO io, string name, string description, bool runExamples)
    {
        var dir = new Argument<string?>("dir") { Description = "Folder of *.yaml rule files (default: the embedded rules).", Arity = ArgumentArity.ZeroOrOne };
        var cmd = new Command(name, description) { dir };
        cmd.SetAction(p => io.Guarded(() =>
        {
            var path = p.GetValue(dir);
            var set = path is null ? RuleSet.Default : RuleSet.Load(path);
            io.Out.WriteLine($"{set.Rules.Count} rules loaded from {(path ?? "the embedded defaults")}; no problems.");
            if (!runExamples) return ConsoleIO.Ok;
            var results = RuleExampleRunner.Run(set);
            foreach (var r in results.Where(r => !r.Passed)) io.Error.WriteLine(r);
            int failed = results.Count(r => !r.Passed);
            io.Out.WriteLine($"{results.Count - failed} examples passed, {failed} failed.");
            return failed == 0 ? ConsoleIO.Ok : ConsoleIO.ExamplesFailed;
        }));
        return cmd;
    }
}
