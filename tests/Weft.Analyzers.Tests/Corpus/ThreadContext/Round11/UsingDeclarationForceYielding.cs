// A `using` declaration scope with an await configured by a constant ConfigureAwaitOptions.ForceYielding alone (no
// ContinueOnCapturedContext): the rest of the scope, and its Current read, is off the loop.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.UsingDeclarationForceYielding;

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
        await Task.Delay(1).ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
        foreach (var name in Formats.Current.Names) // expect: WEFT0005
        {
            await writer.WriteLineAsync(name);
        }
    }
}
