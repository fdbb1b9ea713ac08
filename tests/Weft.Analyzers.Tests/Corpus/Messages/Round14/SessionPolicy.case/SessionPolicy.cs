// The session policy published to every worker. Its own members are immutable; what it inherits is not.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.Messages.R14.SessionPolicyDefect;

[ThreadLocalSlot]
public sealed partial class SessionPolicy : OriginPolicyBase // expect: WEFT0001 "AllowedOrigins"
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
