// Game server: match replays are compressed on the thread pool; the compressor's settings come from a Lazy<T> whose
// factory reads the published replay policy (Current). The Lazy is first forced inside Task.Run, so the factory runs
// on the pool. Twin: the policy is read on the worker and the Lazy wraps the value.
using System;
using System.IO;
using System.IO.Compression;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.MatchReplayLazyTaskRun;

[ThreadLocalSlot]
public sealed partial class ReplayPolicy
{
    public CompressionLevel Level { get; init; } = CompressionLevel.Fastest;
    public int MaxBytes { get; init; } = 1 << 20;
}

public sealed class ReplayArchiver
{
    public Task<byte[]> CompressAsync(byte[] replay)
    {
        var policy = new Lazy<ReplayPolicy>(() => ReplayPolicy.Current); // expect: WEFT0005 #escape
        return Task.Run(() =>
        {
            ReplayPolicy p = policy.Value; // expect: WEFT0005 #escape
            using var output = new MemoryStream();
            using (var gzip = new GZipStream(output, p.Level))
            {
                gzip.Write(replay, 0, Math.Min(replay.Length, p.MaxBytes));
            }

            return output.ToArray();
        });
    }
}

public static class ReplaySizes
{
    public static bool TooLarge(byte[] replay, ReplayPolicy policy) => replay.Length > policy.MaxBytes;

    public static string Describe(int bytes) => bytes >= 1 << 20 ? $"{bytes >> 20} MiB" : $"{bytes >> 10} KiB";
}
