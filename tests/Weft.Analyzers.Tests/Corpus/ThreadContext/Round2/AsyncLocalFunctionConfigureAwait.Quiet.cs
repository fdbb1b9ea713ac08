// Round 2. The async local function awaits plainly and so resumes on the worker that owns the list.
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.Round2.AsyncLocal;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class AccessLog
{
    public List<string> Lines { get; } = new();
}

public static class Logger
{
    public static Task LogFileAsync(string path)
    {
        var log = AccessLog.Current;
        return ReadAsync();

        async Task ReadAsync()
        {
            string text = await File.ReadAllTextAsync(path);
            log.Lines.Add(text);
        }
    }
}
