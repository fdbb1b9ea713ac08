// Quiet twin of CheckpointDeferredDelete: the deferred delete is posted back to the worker's loop.
using System;
using System.IO;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.CheckpointDeferredDelete;

public sealed class BookCheckpoint : IDisposable
{
    private readonly MemoryStream _bytes = new();

    public BookCheckpoint(ReadOnlySpan<byte> state) => _bytes.Write(state);

    public Task WriteToAsync(Stream target)
    {
        _bytes.Position = 0;
        return _bytes.CopyToAsync(target);
    }

    public void Dispose() => _bytes.Dispose();
}

public sealed class Checkpointer
{
    private readonly Func<Stream> _open;

    public Checkpointer(Func<Stream> open) => _open = open;

    public void Checkpoint(byte[] state)
    {
        Dispatcher loop = Dispatcher.Current!;
        var checkpoint = new BookCheckpoint(state);
        _ = Task.Run(async () =>
        {
            await using Stream file = _open();
            await checkpoint.WriteToAsync(file);
            loop.Post(() => loop.DeferredDelete(checkpoint));
        });
    }
}
