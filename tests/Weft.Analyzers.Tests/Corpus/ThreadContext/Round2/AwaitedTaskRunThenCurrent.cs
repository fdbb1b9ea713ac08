// Round 2. The CPU work goes to Task.Run and is awaited with ConfigureAwait(false): the Current read after it runs on
// the thread pool.
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.Round2.AwaitedRun;

[ThreadLocalSlot]
public sealed partial class Compression
{
    public int Level { get; init; }
}

public static class Compressor
{
    public static async Task<int> CompressAsync(byte[] data)
    {
        int checksum = await Task.Run(() => Checksum(data)).ConfigureAwait(false);
        return checksum ^ Compression.Current.Level; // expect: WEFT0005
    }

    private static int Checksum(byte[] data)
    {
        int sum = 0;
        foreach (byte b in data)
        {
            sum = (sum * 31) + b;
        }

        return sum;
    }
}
