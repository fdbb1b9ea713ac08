// Round 2. Task.Run awaited plainly: the work ran on the pool, the continuation is back on the worker.
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
        int checksum = await Task.Run(() => Checksum(data));
        return checksum ^ Compression.Current.Level;
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
