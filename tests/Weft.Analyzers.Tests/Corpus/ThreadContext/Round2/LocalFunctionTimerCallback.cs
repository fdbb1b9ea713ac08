// Round 2. A local function is the callback of a System.Threading.Timer; it reads Current on a timer thread.
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
        return new Timer(Beat, null, 1000, 1000);

        static void Beat(object? state) => Console.WriteLine(Banner.Current.Text); // expect: WEFT0005
    }
}
