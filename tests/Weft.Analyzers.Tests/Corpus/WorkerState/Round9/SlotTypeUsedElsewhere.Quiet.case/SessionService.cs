using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.R9.SlotTypeUsedElsewhere;

public sealed class SessionService(WorkerPool pool)
{
    public void Revoke(string sessionId)
    {
        SessionTable sessions = SessionTable.Current;
        int before = sessions.Count;
        Dispatcher.Current!.Post(() => sessions.Expiry.Remove(sessionId));
        pool.Main.Post(() => System.Console.WriteLine($"revoking one of {before}"));
    }
}
