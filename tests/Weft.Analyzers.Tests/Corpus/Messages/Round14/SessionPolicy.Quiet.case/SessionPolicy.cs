// The session policy published to every worker. Its own members are immutable, and so is what it inherits.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.Messages.R14.SessionPolicyQuiet;

[ThreadLocalSlot]
public sealed partial class SessionPolicy : OriginPolicyBase
{
    public SessionPolicy(IEnumerable<string> origins, TimeSpan idleTimeout, TimeSpan absoluteTimeout, bool slidingExpiration)
        : base(origins)
    {
        IdleTimeout = idleTimeout;
        AbsoluteTimeout = absoluteTimeout;
        SlidingExpiration = slidingExpiration;
    }

    public TimeSpan IdleTimeout { get; }
    public TimeSpan AbsoluteTimeout { get; }
    public bool SlidingExpiration { get; }

    public DateTimeOffset ExpiresAt(DateTimeOffset created, DateTimeOffset lastSeen)
    {
        var idle = (SlidingExpiration ? lastSeen : created) + IdleTimeout;
        var absolute = created + AbsoluteTimeout;
        return idle < absolute ? idle : absolute;
    }
}
