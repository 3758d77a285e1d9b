#pragma once

#include "servingmodel.h"

#include <atomic>
#include <memory>

namespace churnlens {

/*!
 * The model the service scores with, swapped atomically: current() hands a request the model of
 * the moment and keeps it alive for as long as the request holds it, so a request in flight
 * finishes on the model it started with while the next ones get the new one. Thread-safe.
 */
class ModelHolder
{
public:
    std::shared_ptr<const ServingModel> current() const { return m_model.load(std::memory_order_acquire); }
    //! Makes \a model current and returns the one it replaces (null at first).
    std::shared_ptr<const ServingModel> swap(std::shared_ptr<const ServingModel> model)
    {
        return m_model.exchange(std::move(model), std::memory_order_acq_rel);
    }

private:
    std::atomic<std::shared_ptr<const ServingModel>> m_model;
};

} // namespace churnlens
