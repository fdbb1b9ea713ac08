// WEFT0005: Slot<T>.TryGet is [RequiresLoopThread]; here it runs in a ThreadPool.QueueUserWorkItem<TState> callback
// (generic state form, preferLocal: true), where it answers for a pool thread, not the worker.
using System.Threading;
using Weft.Slots;

namespace Corpus.Round4.SlotTryGetInThreadPool;

public sealed record TenantQuota(string Tenant, long Bytes);

public sealed class QuotaAuditor
{
    readonly Slot<TenantQuota> _quota;

    public QuotaAuditor(Slot<TenantQuota> quota) => _quota = quota;

    public void AuditLater(string requestId)
    {
        ThreadPool.QueueUserWorkItem(id =>
        {
            if (_quota.TryGet(out var quota)) // expect: WEFT0005 "TryGet"
            {
                System.Console.WriteLine($"{id}: {quota.Tenant} {quota.Bytes}");
            }
        }, requestId, preferLocal: true);
    }
}
