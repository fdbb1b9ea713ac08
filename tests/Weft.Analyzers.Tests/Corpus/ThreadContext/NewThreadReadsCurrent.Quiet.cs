// The snapshot is read before the thread starts; the thread reads the captured snapshot.
using System.Threading;
using Weft;

namespace Corpus.ThreadContext.NewThread;

[ThreadLocalSlot]
public sealed partial class ExportSettings
{
    public string Path { get; init; } = "/tmp/export";
}

public static class Exporter
{
    public static Thread Start()
    {
        var settings = ExportSettings.Current;
        var thread = new Thread(() => System.IO.File.WriteAllText(settings.Path, "begin"));
        thread.Start();
        return thread;
    }
}
