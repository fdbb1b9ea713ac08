// The awaited call is configured off the loop; when it throws, the `catch … when` handler runs where the await
// resumed, off the loop, and writes the worker's list.
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.CatchWhenAfterConfigureAwait;

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
            await stream.ReadExactlyAsync(buffer).ConfigureAwait(false);
        }
        catch (IOException e) when (e.HResult != 0)
        {
            errors.Recent.Add(e.Message); // expect: WEFT0004
        }
    }
}
