// Trading: the trade tape is uploaded from an async lambda run by Task.Run; after building the batch the lambda reads
// the worker's tape buffer through Slot<T>.TryGet to clear it — on a pool thread, where the slot has no value (or
// another thread's). Twin: the buffer is taken on the worker and only the batch goes to Task.Run.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.TradeTapeAsyncTaskRun;

public sealed class TapeBuffer
{
    public List<string> Trades { get; } = new();
}

public interface ITapeUploader
{
    Task UploadAsync(IReadOnlyList<string> trades);
}

public sealed class TapeShipper
{
    private readonly Slot<TapeBuffer> _buffers;
    private readonly ITapeUploader _uploader;

    public TapeShipper(Slot<TapeBuffer> buffers, ITapeUploader uploader)
    {
        _buffers = buffers;
        _uploader = uploader;
    }

    public Task ShipAsync() => Task.Run(async () =>
    {
        if (!_buffers.TryGet(out TapeBuffer? buffer)) return; // expect: WEFT0005
        string[] batch = buffer.Trades.ToArray();
        buffer.Trades.Clear();
        await _uploader.UploadAsync(batch);
    });
}

public static class TapeFormat
{
    public static string Line(string symbol, decimal price, long qty) => $"{symbol},{price},{qty}";

    public static bool IsHeader(string line) => line.StartsWith('#');
}
