// Quiet twin of TradeTapeAsyncTaskRun: the buffer is drained on the worker; only the copied batch goes to the pool.
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

    public Task ShipAsync()
    {
        if (!_buffers.TryGet(out TapeBuffer? buffer)) return Task.CompletedTask;
        string[] batch = buffer.Trades.ToArray();
        buffer.Trades.Clear();
        return Task.Run(() => _uploader.UploadAsync(batch));
    }
}

public static class TapeFormat
{
    public static string Line(string symbol, decimal price, long qty) => $"{symbol},{price},{qty}";

    public static bool IsHeader(string line) => line.StartsWith('#');
}
