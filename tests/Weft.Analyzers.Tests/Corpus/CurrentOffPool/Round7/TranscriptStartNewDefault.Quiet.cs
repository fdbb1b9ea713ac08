// Quiet twin of TranscriptStartNewDefault: the filter is read on the worker and the snapshot captured.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.TranscriptStartNewDefault;

[ThreadLocalSlot]
public sealed partial class ProfanityFilter
{
    public ImmutableHashSet<string> Words { get; init; } = ImmutableHashSet<string>.Empty;

    public string Clean(string text)
    {
        foreach (string w in Words) text = text.Replace(w, new string('*', w.Length));
        return text;
    }
}

public sealed class TranscriptRenderer
{
    public Task<string> RenderAsync(IReadOnlyList<(string User, string Text)> lines, CancellationToken ct)
    {
        (string User, string Text)[] copy = new (string, string)[lines.Count];
        for (int i = 0; i < copy.Length; i++) copy[i] = lines[i];
        ProfanityFilter filter = ProfanityFilter.Current;
        return Task.Factory.StartNew(() =>
        {
            var sb = new StringBuilder();
            foreach (var (user, text) in copy) sb.Append(user).Append(": ").AppendLine(filter.Clean(text));
            return sb.ToString();
        }, ct, TaskCreationOptions.None, TaskScheduler.Default);
    }
}

public static class TranscriptRules
{
    public const int MaxLines = 10_000;

    public static bool TooLong(int lines) => lines > MaxLines;
}
