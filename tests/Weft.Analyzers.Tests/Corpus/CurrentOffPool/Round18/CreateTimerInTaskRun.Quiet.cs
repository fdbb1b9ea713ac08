// Quiet twin of CreateTimerInTaskRun: the page's fix, post the work to the loop.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

using Weft.Threading;

public static class CreateTimerInTaskRun
{
    public static void Run(Dispatcher loop) =>
        loop.Post(() => loop.CreateTimer(() => { }));
}
