using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Framing.Text;

/// <summary>Turns HTML or Markdown articles into the plain text Framing analyzes (offsets refer to that text).</summary>
public static partial class ArticleText
{
    [GeneratedRegex(@"<script\b[^>]*>.*?</script\s*>|<style\b[^>]*>.*?</style\s*>|<noscript\b[^>]*>.*?</noscript\s*>|<template\b[^>]*>.*?</template\s*>|<svg\b[^>]*>.*?</svg\s*>|<head\b[^>]*>.*?</head\s*>|<iframe\b[^>]*>.*?</iframe\s*>|<object\b[^>]*>.*?</object\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex Comment();

    [GeneratedRegex(@"</?(p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|figcaption|aside|nav|main|title|dd|dt|hr)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Block();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.NonBacktracking)]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\f\v\u00A0]+", RegexOptions.NonBacktracking)]
    private static partial Regex Spaces();

    /// <summary>The visible text of an HTML page: no scripts, styles or markup; block elements become line breaks.</summary>
    public static string FromHtml(string html)
    {
        var s = Comment().Replace(html ?? "", " ");
        s = Invisible().Replace(s, " ");
        s = Block().Replace(s, "\n");
        s = Tag().Replace(s, "");
        s = WebUtility.HtmlDecode(s);
        var b = new StringBuilder(s.Length);
        foreach (var line in s.Split('\n'))
        {
            var t = Spaces().Replace(line, " ").Trim();
            if (t.Length > 0) b.Append(t).Append('\n');
        }
        return b.ToString();
    }

    /// <summary>Markdown without heading marks, emphasis markers and link targets.</summary>
    public static string FromMarkdown(string markdown)
    {
        var b = new StringBuilder((markdown ?? "").Length);
        foreach (var raw in (markdown ?? "").Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var t = line.TrimStart();
            while (t.StartsWith('#')) t = t[1..];
            if (t.StartsWith("> ", StringComparison.Ordinal)) t = t[2..];
            t = Regex.Replace(t, @"!?\[([^\]]*)\]\([^)]*\)", "$1", RegexOptions.NonBacktracking);
            t = t.Replace("**", "").Replace("__", "");
            b.Append(t.Trim()).Append('\n');
        }
        return b.ToString();
    }
}
