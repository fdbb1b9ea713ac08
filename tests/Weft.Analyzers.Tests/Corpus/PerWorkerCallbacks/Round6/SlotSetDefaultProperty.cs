// Per-worker scratch encoders held in a Slot<T> the team allocates itself. Defect: the factory given to SetAsync
// returns the options object's Default property, which hands back one lazily built instance — every worker
// shares one encoder and its buffer (WEFT0008: the factory returns a captured instance, through a property).
using System;
using System.Text;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus6b.SlotSetDefaultProperty;

public sealed class ScratchEncoder
{
    private readonly byte[] _buffer;
    private readonly Encoding _encoding;

    public ScratchEncoder(int size, Encoding encoding)
    {
        _buffer = new byte[size];
        _encoding = encoding;
    }

    public ReadOnlySpan<byte> Encode(string text)
    {
        int n = _encoding.GetBytes(text, _buffer);
        return _buffer.AsSpan(0, n);
    }
}

public sealed class EncoderOptions
{
    private ScratchEncoder? _default;

    public int BufferSize { get; init; } = 8192;

    public ScratchEncoder Default => _default ??= Create();

    public ScratchEncoder Create() => new(BufferSize, Encoding.UTF8);
}

public static class EncoderSetup
{
    public static async Task<Slot<ScratchEncoder>> InstallAsync(WorkerPool pool, EncoderOptions options)
    {
        Slot<ScratchEncoder> slot = pool.AllocateSlot<ScratchEncoder>();
        await slot.SetAsync(_ => options.Default); // expect: WEFT0008
        return slot;
    }
}
