// Quiet twin: the options include ContinueOnCapturedContext, so the await resumes on the worker.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.UsingDeclarationForceYieldingQuiet;

[ThreadLocalSlot]
public sealed partial class Formats
{
    public ImmutableArray<string> Names { get; init; }
}

public static class Writer
{
    public static async Task WriteAsync(Stream output)
    {
        using var writer = new StreamWriter(output);
        await Task.Delay(1).ConfigureAwait(ConfigureAwaitOptions.ForceYielding | ConfigureAwaitOptions.ContinueOnCapturedContext);
        foreach (var name in Formats.Current.Names)
        {
            await writer.WriteLineAsync(name);
        }
    }
}
