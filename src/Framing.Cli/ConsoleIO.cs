using Framing.Rules;

namespace Framing.Cli;

/// <summary>Where a command writes, and how failures become exit codes without stack traces.</summary>
internal sealed class ConsoleIO(TextWriter stdout, TextWriter stderr)
{
    public const int Ok = 0, Unexpected = 1, Usage = 2, BadInput = 3, ExamplesFailed = 4;

    public TextWriter Out { get; } = stdout;
    public TextWriter Error { get; } = stderr;

    /// <summary>Runs a command body, turning known failures into messages and exit codes.</summary>
    public int Guarded(Func<int> body, bool verbose = false)
    {
        try
        {
            return body();
        }
        catch (RuleSetException e)
        {
            foreach (var d in e.Diagnostics) Error.WriteLine(d);
            Error.WriteLine($"framing: {e.Diagnostics.Count} problem(s) in the rules; nothing was analyzed.");
            return BadInput;
        }
        catch (FramingInputException e)
        {
            Error.WriteLine(e.Diagnostic);
            return BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Error.WriteLine($"framing: {e.Message}");
            return BadInput;
        }
        catch (Exception e) when (!verbose)
        {
            Error.WriteLine($"framing: unexpected error: {e.Message} (run with --verbose for details)");
            return Unexpected;
        }
    }
}
