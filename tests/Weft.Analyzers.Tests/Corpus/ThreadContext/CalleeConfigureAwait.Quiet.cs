// ConfigureAwait(false) inside the callee does not move the caller: the caller's own plain await resumes on the
// worker, where Current is valid.
using System.IO;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.Callee;

[ThreadLocalSlot]
public sealed partial class Quota
{
    public long MaxBytes { get; init; }
}

public static class Upload
{
    private static async Task<long> MeasureAsync(Stream body)
    {
        await body.FlushAsync().ConfigureAwait(false);
        return body.Length;
    }

    public static async Task<bool> AcceptAsync(Stream body)
    {
        long length = await MeasureAsync(body);
        return length <= Quota.Current.MaxBytes;
    }
}
