// A dedicated thread reads the slot: it is not a pool thread.
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
        var thread = new Thread(() =>
        {
            var settings = ExportSettings.Current; // expect: WEFT0005
            System.IO.File.WriteAllText(settings.Path, "begin");
        });
        thread.Start();
        return thread;
    }
}
