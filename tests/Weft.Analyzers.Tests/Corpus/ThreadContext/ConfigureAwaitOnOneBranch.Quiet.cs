// The branch that leaves the loop returns before the Current read; the read is reached only on the loop.
using System.IO;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.OneBranch;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public int MaxBody { get; init; }
}

public static class BodyReader
{
    public static async Task<bool> CheckAsync(Stream body, bool slow, int fallbackLimit)
    {
        long length = body.Length;
        if (slow)
        {
            await body.FlushAsync().ConfigureAwait(false);
            return length <= fallbackLimit;
        }

        return length <= Limits.Current.MaxBody;
    }
}
