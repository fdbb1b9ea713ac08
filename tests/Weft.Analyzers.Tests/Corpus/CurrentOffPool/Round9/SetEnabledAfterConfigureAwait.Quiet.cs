// Loop-owned I/O, WEFT0005: a file-event owner pauses reading for backpressure and resumes after a delay awaited with
// ConfigureAwait(false): FileEvent.SetEnabled is [RequiresLoopThread], and the resumption may be off the loop.
using System;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft.Threading;

namespace Corpus.CurrentOffPool.R9.SetEnabledAfterConfigureAwait;

public sealed class PausingReader
{
    private readonly FileEvent _event;

    public PausingReader(Socket socket)
    {
        _event = Dispatcher.Current!.CreateFileEvent(socket, ready => OnReady(ready), FileReadyType.Read);
    }

    private void OnReady(FileReadyType ready)
    {
        if ((ready & FileReadyType.Read) != 0)
        {
            _event.SetEnabled(FileReadyType.None);
            _ = ResumeLaterAsync(CancellationToken.None);
        }
    }

    private async Task ResumeLaterAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        _event.SetEnabled(FileReadyType.Read);
    }
}
