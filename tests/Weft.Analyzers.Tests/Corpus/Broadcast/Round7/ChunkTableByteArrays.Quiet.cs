// Quiet twin of ChunkTableByteArrays: each chunk is an ImmutableArray<byte>.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.ChunkTableByteArrays;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ChunkStreamer
{
    private readonly Dictionary<int, int> _sizes = new();

    public int SizeOf(int chunk) => _sizes.GetValueOrDefault(chunk);

    [WorkerUpdate]
    public void LoadChunks(ImmutableArray<ImmutableArray<byte>> chunks)
    {
        for (int i = 0; i < chunks.Length; i++) _sizes[i] = chunks[i].Length;
    }
}

public static class MapLoader
{
    public const int ChunkSize = 16 * 1024;

    public static Task PushAsync(WorkerPool pool, byte[] geometry)
    {
        var chunks = ImmutableArray.CreateBuilder<ImmutableArray<byte>>();
        for (int at = 0; at < geometry.Length; at += ChunkSize)
        {
            chunks.Add(ImmutableArray.Create(geometry.AsSpan(at, Math.Min(ChunkSize, geometry.Length - at)).ToArray()));
        }

        return ChunkStreamer.LoadChunksOnAllWorkersAsync(pool, chunks.ToImmutable());
    }

    public static int Count(int bytes) => (bytes + ChunkSize - 1) / ChunkSize;
}
