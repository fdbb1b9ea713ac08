// Quiet twin: the await resumes on the loop, so the handler runs on the worker.
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.CatchWhenAfterConfigureAwaitQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Errors
{
    public List<string> Recent { get; } = new();
}

public static class Fetcher
{
    public static async Task FetchAsync(Stream stream, byte[] buffer)
    {
        var errors = Errors.Current;
        try
        {
            await stream.ReadExactlyAsync(buffer);
        }
        catch (IOException e) when (e.HResult != 0)
        {
            errors.Recent.Add(e.Message);
        }
    }
}
