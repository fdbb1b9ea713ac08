// Trading gateway on a worker: an order is sent to the venue, and on a reject the gateway re-reads its worker's risk
// limits through a user member marked [RequiresLoopThread]. The send is awaited with ConfigureAwait(false), so the
// catch block may run on the thread pool. Twin: the limits are read before the await.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.OrderGatewayRiskLimits;

public sealed record VenueOrder(long Id, string Symbol, long Quantity);

public sealed class VenueRejectedException(string reason) : Exception(reason);

public interface IVenue
{
    Task SendAsync(VenueOrder order);
}

public sealed class RiskLimits
{
    [ThreadStatic] private static RiskLimits? t_mine;

    public Dictionary<string, long> MaxQuantity { get; } = new();

    [RequiresLoopThread]
    public static RiskLimits ForThisWorker() => t_mine ??= new RiskLimits();
}

public sealed class OrderGateway
{
    private readonly IVenue _venue;

    public OrderGateway(IVenue venue) => _venue = venue;

    public async Task<bool> SubmitAsync(VenueOrder order)
    {
        try
        {
            await _venue.SendAsync(order).ConfigureAwait(false);
            return true;
        }
        catch (VenueRejectedException)
        {
            RiskLimits limits = RiskLimits.ForThisWorker(); // expect: WEFT0005
            limits.MaxQuantity[order.Symbol] = Math.Max(0, order.Quantity - 1);
            return false;
        }
    }
}
