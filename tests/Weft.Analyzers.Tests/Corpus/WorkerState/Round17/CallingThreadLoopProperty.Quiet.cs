// Quiet twin of CallingThreadLoopProperty: the property is marked [CallingThreadLoop] and returns Dispatcher.Current
// (page: "your own property or method marked [CallingThreadLoop], whose body is then not read").
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.R17.WorkerState.CallingThreadLoopProperty;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Inbox
{
    public List<string> Messages { get; } = new();
}

public static class Loops
{
    [CallingThreadLoop]
    public static Dispatcher Home => Dispatcher.Current!;
}

public static class Mail
{
    public static void ClearLater()
    {
        var inbox = Inbox.Current;
        Loops.Home.Post(() => inbox.Messages.Clear());
    }
}
