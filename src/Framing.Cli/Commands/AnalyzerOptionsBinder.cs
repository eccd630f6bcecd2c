using System.CommandLine;

namespace Framing.Cli.Commands;

/// <summary>The options every command that builds an analyzer shares: --rules, --extend-rules, --model, --rules-only.</summary>
internal sealed class AnalyzerOptionsBinder
{
    private readonly Option<string?> _rules = new("--rules") { Description = "Folder of YAML rule files, or a file made by 'framing rules compile', to use instead of the embedded rules." };
    private readonly Option<bool> _extend = new("--extend-rules") { Description = "Add the --rules folder to the embedded rules instead of replacing them." };
    private readonly Option<string?> _model = new("--model") { Description = "Model file made by 'framing train' (default: the embedded model)." };
    private readonly Option<bool> _rulesOnly = new("--rules-only") { Description = "Use rules and attribution only, no model." };

    public void AddTo(Command command)
    {
        command.Options.Add(_rules);
        command.Options.Add(_extend);
        command.Options.Add(_model);
        command.Options.Add(_rulesOnly);
    }

    /// <summary>The options; a --rules path that is a file is read as compiled rules (<c>framing rules compile</c>).</summary>
    public AnalyzerOptions Bind(ParseResult p)
    {
        var rules = p.GetValue(_rules);
        bool compiled = rules is not null && File.Exists(rules);
        return new()
        {
            RulesDirectory = compiled ? null : rules, Rules = compiled ? Framing.Rules.RuleSet.LoadCompiled(rules!) : null,
            ExtendDefaultRules = p.GetValue(_extend), ModelPath = p.GetValue(_model), RulesOnly = p.GetValue(_rulesOnly),
        };
    }
}
