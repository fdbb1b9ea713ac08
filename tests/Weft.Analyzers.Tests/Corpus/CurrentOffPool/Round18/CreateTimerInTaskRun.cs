// WEFT0005: `Dispatcher.CreateTimer` (loop-only) called inside `Task.Run`; the message names the member.
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
    public static Task Run(Dispatcher loop) =>
        Task.Run(() => loop.CreateTimer(() => { })); // expect: WEFT0005 "CreateTimer"
}
