// WEFT0004: the worker's table is used before a retry loop (fine) and after it (not fine): the loop's awaits use
// ConfigureAwait(false), so the code after the loop may be off the worker.
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
    public async Task UploadAsync(Stream target, string key, byte[] body)
    {
        var state = UploadState.Current;
        state.Attempts[key] = 0;
        for (var attempt = 0; attempt < 3; attempt++)
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

        state.Attempts.Remove(key); // expect: WEFT0004
    }
}
