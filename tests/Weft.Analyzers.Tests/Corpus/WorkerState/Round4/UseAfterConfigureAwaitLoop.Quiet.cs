// Quiet twin of UseAfterConfigureAwaitLoop: the table is used only before the loop whose awaits leave the worker;
// after the loop only the local attempt number (a value) is used.
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.UseAfterConfigureAwaitLoop;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class UploadState
{
    public Dictionary<string, int> Attempts { get; } = new();
}

public sealed class Uploader
{
    public async Task<int> UploadAsync(Stream target, string key, byte[] body)
    {
        var state = UploadState.Current;
        state.Attempts.Remove(key);
        var attempt = 0;
        for (; attempt < 3; attempt++)
        {
            try
            {
                await target.WriteAsync(body).ConfigureAwait(false);
                break;
            }
            catch (IOException)
            {
                await Task.Delay(100 << attempt).ConfigureAwait(false);
            }
        }

        return attempt;
    }
}
