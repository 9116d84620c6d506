package io.wocas.bridge.voice;

import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:voices-h2;DB_CLOSE_DELAY=-1")
class VoicesOnH2IT extends VoicesRepositoryContract {

}
