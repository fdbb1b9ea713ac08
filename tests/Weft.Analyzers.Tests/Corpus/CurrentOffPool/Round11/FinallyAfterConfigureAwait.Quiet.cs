// Quiet twin: the flags are read on the worker before the `try`; the `finally` uses the local.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.FinallyAfterConfigureAwaitQuiet;

[ThreadLocalSlot]
public sealed partial class Flags
{
    public ImmutableHashSet<string> On { get; init; } = ImmutableHashSet<string>.Empty;
}

public static class Job
{
    public static async Task<bool> RunAsync()
    {
        var flags = Flags.Current;
        bool verbose;
        try
        {
            await Task.Delay(5).ConfigureAwait(false);
        }
        finally
        {
            verbose = flags.On.Contains("verbose");
        }

        return verbose;
    }
}
