// ConfigureAwait(false) inside `try`; the `finally` runs after that await (off the loop) and reads Current there.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.FinallyAfterConfigureAwait;

[ThreadLocalSlot]
public sealed partial class Flags
{
    public ImmutableHashSet<string> On { get; init; } = ImmutableHashSet<string>.Empty;
}

public static class Job
{
    public static async Task<bool> RunAsync()
    {
        bool verbose;
        try
        {
            await Task.Delay(5).ConfigureAwait(false);
        }
        finally
        {
            verbose = Flags.Current.On.Contains("verbose"); // expect: WEFT0005
        }

        return verbose;
    }
}
