// Round 2. When the awaited task faults, the exception is rethrown in the continuation, after ConfigureAwait(false):
// the catch block runs on the thread pool and reads Current there.
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.Round2.CatchAfter;

[ThreadLocalSlot]
public sealed partial class Fallbacks
{
    public string Default { get; init; } = "";
}

public static class Resolver
{
    public static async Task<string> ResolveAsync(Func<Task<string>> lookup)
    {
        try
        {
            return await lookup().ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return Fallbacks.Current.Default; // expect: WEFT0005
        }
    }
}
