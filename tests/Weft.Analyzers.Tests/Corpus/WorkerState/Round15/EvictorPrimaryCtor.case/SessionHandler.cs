using System;

namespace Corpus.Round15.EvictorPrimaryCtor;

public sealed class SessionHandler(TimeProvider clock)
{
    private int _requests;

    public void OnRequest(string sessionId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        SessionCache.Current.Touch(sessionId, now);
        if (++_requests % 1_000 == 0)
        {
            new Evictor(SessionCache.Current, TimeSpan.FromMinutes(20)).Start(now); // expect: WEFT0004
        }
    }
}
