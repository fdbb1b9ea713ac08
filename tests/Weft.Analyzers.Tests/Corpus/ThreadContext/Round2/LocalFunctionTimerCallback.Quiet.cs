// Round 2. The snapshot is read on the worker before the timer starts; an immutable snapshot may be read on any
// thread, so the timer's local function prints the captured one.
using System;
using System.Threading;
using Weft;

namespace Corpus.ThreadContext.Round2.LocalTimer;

[ThreadLocalSlot]
public sealed partial class Banner
{
    public string Text { get; init; } = "";
}

public static class Heartbeat
{
    public static Timer Start()
    {
        var banner = Banner.Current;
        return new Timer(Beat, null, 1000, 1000);

        void Beat(object? state) => Console.WriteLine(banner.Text);
    }
}
