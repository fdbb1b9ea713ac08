// Quiet twin of RoomPolicyNestedDictionary: the per-command limits are a FrozenDictionary.
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.RoomPolicyNestedDictionary;

public sealed record RateLimits(int MessagesPerMinute, FrozenDictionary<string, int> PerCommand);

public sealed record RoomPolicy(string Room, bool SlowMode, RateLimits Limits);

public sealed class PolicyCache
{
    private readonly Dictionary<string, RoomPolicy> _byRoom = new();

    public void Apply(RoomPolicy policy) => _byRoom[policy.Room] = policy;

    public bool IsSlow(string room) => _byRoom.TryGetValue(room, out var p) && p.SlowMode;
}

public sealed class PolicyAdmin
{
    private readonly Slot<PolicyCache> _caches;

    public PolicyAdmin(Slot<PolicyCache> caches) => _caches = caches;

    public Task SetAsync(string room, bool slow, int perMinute, IDictionary<string, int> perCommand)
    {
        var policy = new RoomPolicy(room, slow, new RateLimits(perMinute, perCommand.ToFrozenDictionary()));
        return _caches.RunOnAllThreadsAsync((cache, p) => cache.Apply(p), policy);
    }
}

public static class PolicyRules
{
    public static bool IsValidRate(int perMinute) => perMinute is > 0 and <= 600;

    public static string Describe(RoomPolicy p) => $"{p.Room}: slow={p.SlowMode}, {p.Limits.MessagesPerMinute}/min";
}
