// Game replication: main encodes a keyframe into a reused field buffer and pushes it to every worker as a
// ReadOnlyMemory<byte> view over that buffer — main overwrites it on the next keyframe while workers send it. Twin:
// the view is over an array made for the call (the page: quiet, since nobody else holds it).
using System;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.ReplicationFrameMemory;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class KeyframeSender
{
    private byte[] _last = Array.Empty<byte>();

    public int LastLength => _last.Length;

    [WorkerUpdate]
    public void Keyframe(ReadOnlyMemory<byte> frame) => _last = frame.ToArray();
}

public sealed class KeyframeEncoder
{
    private readonly WorkerPool _pool;
    private readonly byte[] _frame = new byte[64 * 1024];

    public KeyframeEncoder(WorkerPool pool) => _pool = pool;

    public Task PushAsync(ReadOnlySpan<byte> world)
    {
        int n = Math.Min(world.Length, _frame.Length);
        world[..n].CopyTo(_frame); // expect: WEFT0002
        var view = new ReadOnlyMemory<byte>(_frame, 0, n);
        return KeyframeSender.KeyframeOnAllWorkersAsync(_pool, view); // expect: WEFT0007
    }
}

public static class KeyframeRules
{
    public const int MaxBytes = 64 * 1024;

    public static bool Fits(int length) => length <= MaxBytes;

    public static int Chunks(int length) => (length + MaxBytes - 1) / MaxBytes;
}
