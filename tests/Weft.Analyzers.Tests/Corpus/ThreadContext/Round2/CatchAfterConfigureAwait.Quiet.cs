// Round 2. The fallback is read before the await; the catch only returns the captured string.
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
        string fallback = Fallbacks.Current.Default;
        try
        {
            return await lookup().ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return fallback;
        }
    }
}
