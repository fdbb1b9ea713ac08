// Only the slow path leaves the loop, but both paths meet at the Current read below.
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
    public static async Task<bool> CheckAsync(Stream body, bool slow)
    {
        long length = body.Length;
        if (slow)
        {
            await body.FlushAsync().ConfigureAwait(false);
        }

        return length <= Limits.Current.MaxBody; // expect: WEFT0005
    }
}
