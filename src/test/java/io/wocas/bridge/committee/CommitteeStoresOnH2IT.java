package io.wocas.bridge.committee;

class CommitteeStoresOnH2IT extends CommitteeStoresContract {

}
