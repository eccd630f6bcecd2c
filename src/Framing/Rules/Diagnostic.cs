namespace Framing.Rules;

/// <summary>One problem found in a rule file, labeled-data file or model file, with its position.</summary>
/// <param name="File">The file's path as given (or the embedded resource name).</param>
/// <param name="Line">1-based line, or 0 when the whole file is at fault.</param>
/// <param name="Column">1-based column, or 0.</param>
/// <param name="Code">A stable code such as <c>FR0103</c>; the README lists them.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
public sealed record Diagnostic(string File, int Line, int Column, string Code, string Message)
{
    /// <summary>Compiler-style text: <c>file:line:col: error CODE: message</c>.</summary>
    public override string ToString() =>
        Line > 0 ? $"{File}:{Line}:{Column}: error {Code}: {Message}" : $"{File}: error {Code}: {Message}";
}

/// <summary>Thrown when rules fail to load or validate; carries every problem found, not just the first.</summary>
public sealed class RuleSetException : Exception
{
    /// <summary>Creates the exception from the diagnostics.</summary>
    public RuleSetException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics)) => Diagnostics = diagnostics;

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}

/// <summary>Thrown when a user's input file (labeled data, model, article) cannot be used; names file and line.</summary>
public sealed class FramingInputException : Exception
{
    /// <summary>Creates the exception from one diagnostic.</summary>
    public FramingInputException(Diagnostic diagnostic) : base(diagnostic.ToString()) => Diagnostic = diagnostic;

    /// <summary>Creates the exception from a diagnostic and its cause.</summary>
    public FramingInputException(Diagnostic diagnostic, Exception inner) : base(diagnostic.ToString(), inner) => Diagnostic = diagnostic;

    /// <summary>The problem, with file and line.</summary>
    public Diagnostic Diagnostic { get; }
}
