using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Framing.Internal;

/// <summary>One-line argument checks.</summary>
internal static class Guard
{
    public static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null) where T : class
    {
        if (value is null) Throw(name);
        return value;
    }

    [DoesNotReturn]
    private static void Throw(string? name) => throw new ArgumentNullException(name);
}
